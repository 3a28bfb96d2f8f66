import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on the Node.js 24 LTS pinned by the `node` devDependency', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBe(24);
  });
});
