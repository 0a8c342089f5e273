/** Makes record ids: random in production, sequential in tests. */
export interface IdGenerator {
  newId(): string;
}
