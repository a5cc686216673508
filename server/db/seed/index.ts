import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { entitlements, role_entitlements, roles } from '../schema';
import { seedAchievements } from './achievements';
import { seedExercises } from './exercises';
import { seedLearn } from './learn';
import { seedListening } from './listening';
import { seedMarket } from './market';
import { seedOnboarding } from './onboarding';
import { seedQuests } from './quests';
import { permissionDescriptions, roleSeeds } from './roles';
import { seedSkills } from './skills';

/** Any constant works; instances starting together take turns seeding. */
const SEED_LOCK = 4_242_002;

/**
 * Upserts the catalogue (roles, permissions and the module catalogues) by key. Runs at every
 * start-up; running it twice changes nothing.
 */
export async function seedCatalogue(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    for (const [name, description] of Object.entries(permissionDescriptions)) {
      const [resource, action] = name.split(':') as [string, string];
      await tx
        .insert(entitlements)
        .values({ name, description, resource, action })
        .onConflictDoUpdate({ target: entitlements.name, set: { description, resource, action } });
    }
    for (const role of roleSeeds) {
      await tx
        .insert(roles)
        .values({ name: role.name, description: role.description })
        .onConflictDoUpdate({ target: roles.name, set: { description: role.description } });
    }
    for (const role of roleSeeds) {
      await tx.execute(sql`
        update roles set parent_role_id = (select id from roles where name = ${role.parent})
        where name = ${role.name}`);
      await tx.execute(sql`
        delete from role_entitlements where role_id = (select id from roles where name = ${role.name})`);
      for (const permission of role.permissions) {
        await tx.execute(sql`
          insert into ${role_entitlements} (role_id, entitlement_id)
          select r.id, e.id from roles r, entitlements e where r.name = ${role.name} and e.name = ${permission}`);
      }
    }
    // Skills first: quests and lessons reference them.
    await seedSkills(tx);
    await seedAchievements(tx);
    await seedQuests(tx);
    await seedMarket(tx);
    await seedOnboarding(tx);
    await seedListening(tx);
    await seedExercises(tx);
    await seedLearn(tx);
  });
}
