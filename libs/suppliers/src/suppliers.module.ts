import { Module } from '@nestjs/common';
import { ContactAccess } from './contact-access';
import { SuppliersService } from './suppliers.service';

@Module({ providers: [SuppliersService, ContactAccess], exports: [SuppliersService, ContactAccess] })
export class SuppliersModule {}
