// Framework-free domain logic; filled in by the domain work.
export {};
