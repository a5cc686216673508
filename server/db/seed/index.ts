import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { entitlements, role_entitlements, roles } from '../schema';
import { permissionDescriptions, roleSeeds } from './roles';

/**
 * Upserts the catalogue (roles, permissions and the module catalogues) by key. Runs at every
 * start-up; running it twice changes nothing.
 */
export async function seedCatalogue(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
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
  });
}
