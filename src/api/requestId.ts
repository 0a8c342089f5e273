/** A fresh id per user intent; a retry of the same intent reuses it (README: "Every command carries a client request id"). */
export function newRequestId(): string {
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `${Date.now().toString(36)}-${random}`;
}
