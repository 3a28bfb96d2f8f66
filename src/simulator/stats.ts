/** Requests per SDK operation, so tests can assert how many upstream calls something cost. */
export interface StatsSnapshot {
  total: number;
  operations: Record<string, number>;
}

export class OperationStats {
  #total = 0;
  #operations = new Map<string, number>();

  count(operation: string): void {
    this.#total += 1;
    this.#operations.set(operation, (this.#operations.get(operation) ?? 0) + 1);
  }

  snapshot(): StatsSnapshot {
    return { total: this.#total, operations: Object.fromEntries(this.#operations) };
  }

  reset(): void {
    this.#total = 0;
    this.#operations = new Map();
  }
}
