/** The access log's reading of an operation's type and name without parsing the document. */
import { describe, expect, it } from 'vitest';
import { leadingOperation } from '../../src/server/access-log.ts';

describe('leadingOperation', () => {
  it.each([
    ['query Dashboard { clusters { id } }', { type: 'query', name: 'Dashboard' }],
    [
      '  # a comment naming query Fake\n mutation Create($a: Int) { x }',
      { type: 'mutation', name: 'Create' },
    ],
    ['subscription { releaseStatus { status } }', { type: 'subscription', name: null }],
    ['{ clusters { id } }', { type: 'query', name: null }],
  ])('reads %j', (query, expected) => {
    expect(leadingOperation(query)).toEqual(expected);
  });

  it.each([['fragment F on Cluster { id } query Q { x }'], ['"unterminated'], ['']])(
    'gives up on %j',
    (query) => {
      expect(leadingOperation(query)).toBeNull();
    },
  );
});
