import { Connection } from '../common/connection.js';
import { AuditEntry } from './audit.entity.js';

export const AuditConnection = Connection(AuditEntry, 'AuditEntry');
export type AuditConnection = InstanceType<typeof AuditConnection>;
