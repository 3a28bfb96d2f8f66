import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolverModules } from '../src/resolvers/index.ts';
import { createGatewaySchema, loadTypeDefs } from '../src/schema.ts';

/** Types and root fields that federation adds (`_service`, `_entities`, `link__…`). */
function isFederationMachinery(name: string): boolean {
  return name.startsWith('_') || name.startsWith('link__') || name.startsWith('federation__');
}

/** Every schema coordinate (type, field, argument, enum value, input field) without a description. */
function undescribed(type: GraphQLNamedType): string[] {
  const missing = type.description?.trim() ? [] : [type.name];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (isFederationMachinery(field.name)) continue;
      if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      for (const arg of field.args) {
        if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
    }
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) {
      if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('gateway schema', () => {
  const schema = createGatewaySchema();

  it('describes every type, field, argument and enum value', () => {
    const own = Object.values(schema.getTypeMap()).filter(
      (type) =>
        !type.name.startsWith('__') &&
        !isFederationMachinery(type.name) &&
        !isSpecifiedScalarType(type),
    );
    expect(own.length).toBeGreaterThan(30);
    expect(own.flatMap(undescribed)).toEqual([]);
  });

  it('passes CCE strings through as the internal values of mapped enums', () => {
    const status = schema.getType('AddonStatus');
    const phase = schema.getType('ClusterPhase');
    if (!isEnumType(status) || !isEnumType(phase)) throw new Error('enums missing');
    expect(status.serialize('rollbacking')).toBe('ROLLING_BACK');
    expect(status.serialize('installFailed')).toBe('INSTALL_FAILED');
    expect(phase.serialize('ScalingUp')).toBe('SCALING_UP');
    expect(() => status.serialize('ROLLING_BACK')).toThrow();
  });

  it('links a federation version the composition tools accept (v2.9 or lower)', () => {
    const link = loadTypeDefs().loc?.source.body.match(/federation\/v2\.(\d+)/);
    expect(Number(link?.[1])).toBeLessThanOrEqual(9);
  });

  it('refuses at start a resolver for a field, type or enum value the SDL does not have', () => {
    // Modules as a typo or a field removed from the SDL (with stale generated types) would leave them.
    const stray = [
      [
        { Release: { revisionNumber: () => 1 } },
        'Release.revisionNumber defined in resolvers, but not in schema',
      ],
      [{ Deployment: { id: () => 'x' } }, '"Deployment" defined in resolvers, but not in schema'],
      [
        { AddonStatus: { PAUSED: 'paused' } },
        'AddonStatus.PAUSED was defined in resolvers, but not present within AddonStatus',
      ],
    ] as const;
    for (const [module, message] of stray) {
      expect(() => createGatewaySchema([...resolverModules, module as never])).toThrow(message);
    }
  });

  it('keeps the entity resolvers where federation finds them', () => {
    const release = schema.getType('Release');
    if (!isObjectType(release)) throw new Error('Release missing');
    // buildSubgraphSchema keeps `__resolveReference` in the type's extensions, which `_entities` reads.
    const apollo = release.extensions['apollo'] as { subgraph?: { resolveReference?: unknown } };
    expect(typeof apollo.subgraph?.resolveReference).toBe('function');
  });

  it("keeps the README's tables to the enums' values", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const valuesOf = (name: string) => {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} missing`);
      return type.getValues().map((value) => value.name);
    };
    const table = readme.slice(readme.indexOf('| `code`'));
    const codes = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\| `([A-Z_]+)`/gm)];
    expect(codes.map((match) => match[1])).toEqual(valuesOf('UserErrorCode'));
    const lines = readme.split('\n');
    for (const [row, type] of [
      ['| Release ', 'ReleaseStatus'],
      ['| Add-on ', 'AddonStatus'],
    ] as const) {
      const line = lines.find((candidate) => candidate.startsWith(row)) ?? '';
      const named = [...line.matchAll(/`([A-Z_]+)`/g)].map((match) => match[1]);
      expect(named.length).toBeGreaterThan(3);
      expect(named.filter((value) => !valuesOf(type).includes(value ?? ''))).toEqual([]);
    }
  });
});
