import 'reflect-metadata';

const LABELS = Symbol('kp:field-labels');

/** The Norwegian name of a field, used in validation messages ("Navn må fylles ut"). */
export function Label(label: string): PropertyDecorator {
  return (target, property) => {
    const labels: Record<string, string> = { ...(Reflect.getMetadata(LABELS, target) ?? {}) };
    labels[String(property)] = label;
    Reflect.defineMetadata(LABELS, labels, target);
  };
}

export function fieldLabel(target: object | undefined, property: string): string {
  const labels: Record<string, string> | undefined = target
    ? Reflect.getMetadata(LABELS, target)
    : undefined;
  return labels?.[property] ?? property;
}
