import {
  LANGUAGE_STORAGE_KEY,
  readStoredLanguage,
  resolveLanguage,
  storeLanguage,
} from './language';

describe('resolveLanguage', () => {
  it('keeps a supported choice and falls back to bokmål otherwise', () => {
    expect(resolveLanguage('en')).toBe('en');
    expect(resolveLanguage('nb')).toBe('nb');
    expect(resolveLanguage('nn')).toBe('nb');
    expect(resolveLanguage(null)).toBe('nb');
    expect(resolveLanguage(undefined)).toBe('nb');
  });
});

describe('stored language', () => {
  it('reads and writes the remembered choice', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    expect(readStoredLanguage(storage)).toBe('nb');
    storeLanguage(storage, 'en');
    expect(store.get(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(readStoredLanguage(storage)).toBe('en');
  });

  it('copes with storage that is missing or refuses access', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readStoredLanguage(undefined)).toBe('nb');
    expect(readStoredLanguage(refusing)).toBe('nb');
    expect(() => storeLanguage(refusing, 'en')).not.toThrow();
  });
});
