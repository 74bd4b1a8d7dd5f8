import { Connection } from '../common/connection.js';
import { OutboundMessage } from './outbound-message.entity.js';

export const OutboxConnection = Connection(OutboundMessage, 'OutboundMessage');
export type OutboxConnection = InstanceType<typeof OutboxConnection>;
