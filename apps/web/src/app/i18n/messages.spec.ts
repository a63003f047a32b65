import en from './en.json';
import nb from './nb.json';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...all, [path]: value }
      : { ...all, ...flatten(value, path) };
  }, {});
}

const nbMessages = flatten(nb);
const enMessages = flatten(en);

function placeholders(message: string): string[] {
  return [...message.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
}

describe('message files', () => {
  it('have the same keys in bokmål and English', () => {
    expect(Object.keys(enMessages).sort()).toEqual(Object.keys(nbMessages).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, message] of Object.entries(nbMessages)) {
      expect({ key, placeholders: placeholders(enMessages[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(message),
      });
    }
  });

  it('have no empty messages', () => {
    const empty = Object.entries({ ...nbMessages, ...enMessages }).filter(
      ([, text]) => !text.trim(),
    );
    expect(empty).toEqual([]);
  });

  it('contain the texts the brief and the browser tests rely on', () => {
    expect(nbMessages['home.loading']).toBe('Laster kommuner …');
    expect(nbMessages['common.retry']).toBe('Prøv igjen');
    expect(nbMessages['addUnit.heading']).toBe('Legg til enhet');
    expect(nbMessages['signIn.title']).toBe('Logg inn');
    expect(nbMessages['auth.signOut']).toBe('Logg ut');
    expect(nbMessages['noAccess.title']).toBe('Ingen tilgang');
    expect(nbMessages['employees.more']).toBe('Vis flere');
    expect(nbMessages['import.confirm']).toBe('Importer');
    expect(nbMessages['nav.employees']).toBe('Ansatte');
  });
});
