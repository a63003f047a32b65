import { Module } from '@nestjs/common';
import { EmployeesLoaderFactory } from './employees.loaders';

@Module({
  providers: [EmployeesLoaderFactory],
  exports: [EmployeesLoaderFactory],
})
export class EmployeesModule {}
