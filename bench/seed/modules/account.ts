import { interestKeys, moduleKeys } from '#common/settings';
import {
  focus_presets,
  sessions,
  user_onboarding_state,
  user_roles,
  user_settings,
  users,
} from '../../../server/db/schema';
import { hashToken } from '../../../server/platform/session';
import { benchToken } from '../identity';
import type { SeedModule } from '../model';

/**
 * The account: the user (terms accepted, age confirmed), the `user` role, one session whose
 * token the benchmark derives (only its hash is stored), settings, onboarding and focus presets.
 */
export const account: SeedModule = {
  name: 'account',
  generate(data, context) {
    const { user } = data;
    const rng = user.rng('account');
    const now = user.now;
    data.add(users, {
      id: user.id,
      name: user.name,
      email: user.email,
      email_verified: null,
      image: null,
      timezone: user.timezone,
      day_start_hour: user.dayStartHour,
      age_verified: true,
      tos_accepted_at: user.createdAt,
      tos_version: context.termsVersion,
      disabled_at: null,
      last_activity_at: now,
      created_at: user.createdAt,
      updated_at: user.createdAt,
    });
    data.add(user_roles, {
      user_id: user.id,
      role_id: context.userRoleId,
      granted_by: null,
      granted_at: user.createdAt,
      expires_at: null,
    });
    data.add(sessions, {
      id: rng.uuid(),
      user_id: user.id,
      token_hash: hashToken(benchToken(user.seed, user.index)),
      created_at: now,
      last_activity_at: now,
      expires_at: new Date(now.getTime() + context.sessionIdleMs),
      absolute_expires_at: new Date(now.getTime() + context.sessionAbsoluteMs),
      user_agent: 'cadence-bench',
      ip_address: '127.0.0.1',
      rotated_from: null,
    });

    const interests = rng.sample(interestKeys, rng.int(1, 4));
    const settings: [string, unknown][] = [
      ['theme', rng.pick(['system', 'dark', 'light'])],
      ['interests', interests],
    ];
    if (rng.chance(0.5)) settings.push(['accent', rng.pick(['violet', 'blue', 'teal', 'green', 'amber', 'rose'])]);
    if (user.heavy || rng.chance(0.3)) {
      settings.push([
        'focus_defaults',
        { focus_minutes: 50, short_break_minutes: 10, long_break_minutes: 20, sessions_before_long_break: 3 },
      ]);
    }
    if (user.heavy || rng.chance(0.2)) {
      settings.push(['module_weights', Object.fromEntries(rng.sample(moduleKeys, 3).map((m) => [m, rng.int(0, 3)]))]);
    }
    for (const [key, value] of settings) {
      data.add(user_settings, { user_id: user.id, key, value, created_at: user.createdAt, updated_at: user.createdAt });
    }

    // Most people finish onboarding on their first day; some of the newest have not opened it.
    if (context.onboardingFlowId && (user.index % 4 !== 3 || user.heavy)) {
      const done = new Date(user.createdAt.getTime() + 2 * 60_000);
      data.add(user_onboarding_state, {
        id: rng.uuid(),
        user_id: user.id,
        flow_id: context.onboardingFlowId,
        current_step_id: null,
        status: 'completed',
        started_at: user.createdAt,
        completed_at: done,
        skipped_at: null,
        created_at: user.createdAt,
        updated_at: done,
      });
    }

    if (user.heavy || rng.chance(0.2)) {
      const presets = [
        ['Pomodoro', 25, 5, 15, 4],
        ['Deep work', 50, 10, 20, 3],
        ['Sprint', 15, 3, 10, 4],
      ] as const;
      presets.slice(0, user.heavy ? 3 : 1).forEach(([name, focus, short, long, before], i) => {
        data.add(focus_presets, {
          id: rng.uuid(),
          user_id: user.id,
          name,
          focus_minutes: focus,
          short_break_minutes: short,
          long_break_minutes: long,
          sessions_before_long_break: before,
          is_default: i === 0,
          sort_order: i,
          created_at: user.createdAt,
          updated_at: user.createdAt,
        });
      });
    }
  },
};
