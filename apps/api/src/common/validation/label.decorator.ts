import 'reflect-metadata';

const LABELS = Symbol('kp:field-labels');

/** The Norwegian name of a field, used in validation messages ("Navn må fylles ut"). */
export function Label(label: string): PropertyDecorator {
  return (target, property) => {
    const labels: Record<string, string> = { ...labelsOf(target) };
    labels[String(property)] = label;
    Reflect.defineMetadata(LABELS, labels, target);
  };
}

export function fieldLabel(target: object | undefined, property: string): string {
  return (target && labelsOf(target)?.[property]) ?? property;
}

/** What `Label` recorded on the class (this file is the only writer of the key). */
function labelsOf(target: object): Record<string, string> | undefined {
  return Reflect.getMetadata(LABELS, target) as Record<string, string> | undefined;
}
