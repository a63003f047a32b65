import { Injectable } from '@nestjs/common';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ImportsLoaders {}

/** DataLoaders for this feature, created fresh for every request. */
@Injectable()
export class ImportsLoaderFactory {
  create(): ImportsLoaders {
    return {};
  }
}
