/** Issue 11's budgets: at most this many function calls and database requests for one user action. */
export interface Budget {
  functionCalls: number;
  dbRequests?: number;
}

/** Every flow not named here: at most 2 function calls, any number of requests. */
const defaultBudget: Budget = { functionCalls: 2 };

const budgets: Record<string, Budget> = {
  bookTap: { functionCalls: 2, dbRequests: 12 },
  openMatters: { functionCalls: 1, dbRequests: 3 },
  openMatter: { functionCalls: 2, dbRequests: 6 },
  // Issue 13: the raise form's one call at open (the caller, then one count of today's matters).
  openRaiseForm: { functionCalls: 1, dbRequests: 2 },
  raiseMatter: { functionCalls: 2, dbRequests: 10 },
  // Issue 13: each role's home is one call, its counts made by the database and read together
  // (the caller, then one parallel round of counts and short reads; the next visit day's slots after).
  openResidentHome: { functionCalls: 1, dbRequests: 8 },
  openCommitteeHome: { functionCalls: 1, dbRequests: 9 },
  openCadreHome: { functionCalls: 1, dbRequests: 9 },
  // Issue 14: placing and claiming an order are one call each (the caller and the request's claim,
  // the menu item or the order, the volunteer, the write, the people named, the answer's record).
  // A claim also tells the resident (the inbox entry and the WeChat message: two writes).
  placeOrder: { functionCalls: 1, dbRequests: 8 },
  claimOrder: { functionCalls: 1, dbRequests: 10 },
  // Issue 16: the dashboard is one call; its requests grow with the sections registered (the
  // caller, the directory's seven collections, then each section's aggregates side by side).
  openDashboard: { functionCalls: 1 },
};

export function budgetOf(flow: string): Budget {
  return budgets[flow] ?? defaultBudget;
}

export function withinBudget(budget: Budget, functionCalls: number, dbRequests: number): boolean {
  return functionCalls <= budget.functionCalls && (budget.dbRequests === undefined || dbRequests <= budget.dbRequests);
}
