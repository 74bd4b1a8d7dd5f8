import { registerEnumType } from 'type-graphql';

export enum PersonKind {
  INDIVIDUAL = 'INDIVIDUAL',
  ORGANISATION = 'ORGANISATION',
}

registerEnumType(PersonKind, {
  name: 'PersonKind',
  valuesConfig: {
    INDIVIDUAL: { description: 'Cá nhân' },
    ORGANISATION: { description: 'Tổ chức, tập thể' },
  },
});
