import 'reflect-metadata';
import { alignArgumentTypes } from './argument-types';

class Filter {}
const Int = { name: 'Int' }; // a scalar: an object, not a class

// what `@Args('filter', { type: () => Filter }) filter: Filter | null` leaves behind
class Resolver {
  list(_filter: Filter | null, _first: number | null, _id: string): void {
    return undefined;
  }
}
Reflect.defineMetadata('design:paramtypes', [Object, Object, String], Resolver.prototype, 'list');
Reflect.defineMetadata(
  'graphql:args_type',
  [
    { index: 0, typeFn: () => Filter },
    { index: 1, typeFn: () => Int },
    { index: 2, typeFn: () => String },
  ],
  Resolver,
  'list',
);

describe('alignArgumentTypes', () => {
  it('writes the declared input class where TypeScript emitted Object', () => {
    expect(alignArgumentTypes([Resolver])).toEqual(['Resolver.list#0']);
    expect(Reflect.getMetadata('design:paramtypes', Resolver.prototype, 'list')).toEqual([
      Filter,
      Object,
      String,
    ]);
  });

  it('changes nothing the second time', () => {
    expect(alignArgumentTypes([Resolver])).toEqual([]);
  });
});
