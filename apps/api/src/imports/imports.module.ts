import { Module } from '@nestjs/common';
import { ImportsLoaderFactory } from './imports.loaders';

@Module({
  providers: [ImportsLoaderFactory],
  exports: [ImportsLoaderFactory],
})
export class ImportsModule {}
