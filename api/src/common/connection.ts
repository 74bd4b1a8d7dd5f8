/**
 * Relay cursor connections with opaque keyset cursors. A cursor encodes the ordering it was made
 * for and the sort key of the row, so paging never skips or repeats rows when new ones arrive.
 */
import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BadInputError } from './errors.js';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  valuesConfig: { ASC: { description: 'Tăng dần' }, DESC: { description: 'Giảm dần' } },
});

@ObjectType({ description: 'Thông tin phân trang (Relay)' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './page-size.js';
import { MAX_PAGE_SIZE } from './page-size.js';

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `Danh sách ${name} phân trang theo con trỏ` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    countFn: () => Promise<number>;

    /** Counted only when a client selects it. */
    @Field(() => Int, { description: 'Tổng số (chỉ tính khi được yêu cầu)' })
    totalCount(): Promise<number> {
      return this.countFn();
    }

    static from(page: Page<T>): ConnectionType {
      const c = new ConnectionType();
      c.nodes = page.nodes;
      c.edges = page.nodes.map((node, i) => ({ node, cursor: page.cursors[i]! }));
      c.pageInfo = {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.cursors[0] ?? null,
        endCursor: page.cursors[page.cursors.length - 1] ?? null,
      };
      c.countFn = page.count;
      return c;
    }
  }
  return ConnectionType;
}

export function encodeCursor(order: string, value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([order, value, id]), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string,
  order: string,
): { value: string | number; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed[0] === order &&
      (typeof parsed[1] === 'string' || typeof parsed[1] === 'number') &&
      typeof parsed[2] === 'string' &&
      !Number.isNaN(new Date(parsed[1]).getTime())
    ) {
      return { value: parsed[1], id: parsed[2] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(
    { after: 'Con trỏ phân trang không hợp lệ hoặc thuộc cách sắp xếp khác.' },
    'Con trỏ phân trang không hợp lệ.',
  );
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    const message = `Số bản ghi mỗi trang phải từ 0 đến ${MAX_PAGE_SIZE}.`;
    throw new BadInputError({ first: message }, message);
  }
  return first;
}

/** Keyset paging newest first on (createdAt, id), for logs such as the audit log and the outbox. */
export async function pageByCreatedAt<T extends { id: string; createdAt: Date }>(
  em: import('@mikro-orm/postgresql').EntityManager,
  entity: import('@mikro-orm/core').EntityName<T>,
  where: () => import('@mikro-orm/core').FilterQuery<T>,
  args: { first: number; after?: string | null },
): Promise<Page<T>> {
  const first = checkPageSize(args.first);
  const order = 'CREATED_AT:DESC';
  const filter: import('@mikro-orm/core').FilterQuery<T>[] = [where()];
  if (args.after) {
    const { value, id } = decodeCursor(args.after, order);
    const at = new Date(value);
    filter.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: id } }] } as never);
  }
  const rows = await em.find(entity, { $and: filter } as never, {
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] as never,
    limit: first + 1,
  });
  const nodes = rows.slice(0, first) as T[];
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor(order, n.createdAt.toISOString(), n.id)),
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(args.after),
    count: () => em.count(entity, where()),
  };
}
