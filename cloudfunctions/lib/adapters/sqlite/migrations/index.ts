import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { v1Accounts } from './v1Accounts';
import { v2Matters } from './v2Matters';
import { v3MatterSettings } from './v3MatterSettings';
import { v4ImageChecks } from './v4ImageChecks';
import { v5Visits } from './v5Visits';
import { v6Notifications } from './v6Notifications';
import { v7MatterRaisedBy } from './v7MatterRaisedBy';
import { v8BookingPromotions } from './v8BookingPromotions';
import { v9SubscriptionGrants } from './v9SubscriptionGrants';
import { v10SlotCadreNames } from './v10SlotCadreNames';
import { v11PhoneVerified } from './v11PhoneVerified';
import { v12HomeCounts } from './v12HomeCounts';
import { v13Service } from './v13Service';
import { v14Activities } from './v14Activities';
import { v15OrderRetention } from './v15OrderRetention';
import { v16CaseRoles } from './v16CaseRoles';
import { v17Cases } from './v17Cases';
import { v18Routing } from './v18Routing';
import { v19MatterStats } from './v19MatterStats';
import { v20VisitStats } from './v20VisitStats';
import { v21ServiceCaseStats } from './v21ServiceCaseStats';
import { v22LedgerExports } from './v22LedgerExports';
import { v23MatterOnBehalf } from './v23MatterOnBehalf';
import { v24BookingsOnBehalf } from './v24BookingsOnBehalf';

export type { Migration } from './migration';

/** Every schema change, oldest first: one file each, named by version and what it adds. */
export const migrations: Migration[] = [
  v1Accounts,
  v2Matters,
  v3MatterSettings,
  v4ImageChecks,
  v5Visits,
  v6Notifications,
  v7MatterRaisedBy,
  v8BookingPromotions,
  v9SubscriptionGrants,
  v10SlotCadreNames,
  v11PhoneVerified,
  v12HomeCounts,
  v13Service,
  v14Activities,
  v15OrderRetention,
  v16CaseRoles,
  v17Cases,
  v18Routing,
  v19MatterStats,
  v20VisitStats,
  v21ServiceCaseStats,
  v22LedgerExports,
  v23MatterOnBehalf,
  v24BookingsOnBehalf,
];

export function migrate(db: Database.Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  const to = db.pragma('user_version', { simple: true }) as number;
  return { from, to };
}
