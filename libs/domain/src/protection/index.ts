// Protection of figures about people for readers who may not see the people behind them:
// random rounding of atoms (rounding.ts), the atoms of every family (atoms.ts), figures as
// sums of atoms (figures.ts), and what a reader can infer from them (inference.ts, attack.ts).
export * from './atoms';
export * from './attack';
export * from './figures';
export * from './inference';
export * from './reference';
export * from './rounding';
