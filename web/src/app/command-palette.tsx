import { Command } from 'cmdk';
import { Inbox, LogOut, Monitor, Moon, Sun, SunMoon } from 'lucide-react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { type Theme, useAppearance } from '@/lib/appearance';
import { useSignOutAction } from './layout/use-sign-out-action';
import type { Section } from './sections';

interface CommandPaletteProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  sections: Section[];
  /** Opens quick capture to the inbox (⌘I). */
  onQuickCapture: () => void;
}

const themeLabels: Record<'light' | 'dark' | 'system', string> = {
  light: 'Light',
  dark: 'Dark',
  system: 'System',
};

/** ⌘K / Ctrl+K: go to any section, capture to the inbox, switch the theme, sign out. */
export function CommandPalette({ open, onOpenChange, sections, onQuickCapture }: CommandPaletteProps) {
  const navigate = useNavigate();
  const { scheme, setTheme } = useAppearance();
  const signOut = useSignOutAction();

  const run = (action: () => void) => {
    onOpenChange(false);
    action();
  };

  const saveTheme = (theme: Theme) => {
    setTheme(theme, () => toast.success(`Theme: ${themeLabels[theme as keyof typeof themeLabels] ?? theme}`));
  };

  const itemIcon = 'size-4 shrink-0 text-muted';
  return (
    <Command.Dialog
      open={open}
      onOpenChange={onOpenChange}
      label="Command palette"
      loop
      contentClassName="overflow-hidden rounded-2xl border border-line bg-surface text-fg shadow-2xl"
    >
      <Command.Input
        placeholder="Go to a section or run a command…"
        className="h-12 w-full border-b border-line bg-transparent px-4 text-[15px] outline-none placeholder:text-muted"
      />
      <Command.List className="max-h-[min(60vh,420px)] overflow-y-auto p-2" label="Results">
        <Command.Empty className="px-3 py-8 text-center text-sm text-muted">Nothing matches that.</Command.Empty>
        <Command.Group heading="Go to">
          {sections.map(({ id, path, label, icon: Icon, summary }) => (
            <Command.Item
              key={id}
              value={`go ${label}`}
              keywords={[summary]}
              onSelect={() => run(() => navigate(path))}
            >
              <Icon aria-hidden className={itemIcon} />
              {label}
            </Command.Item>
          ))}
        </Command.Group>
        <Command.Group heading="Actions">
          <Command.Item
            value="quick capture to inbox"
            keywords={['capture', 'note', 'inbox', 'add']}
            // After the palette has closed and handed focus back, so the capture field keeps it.
            onSelect={() => run(() => setTimeout(onQuickCapture, 0))}
          >
            <Inbox aria-hidden className={itemIcon} />
            Quick capture
          </Command.Item>
          <Command.Item
            value="toggle theme"
            keywords={['dark', 'light', 'mode', 'appearance']}
            onSelect={() => run(() => saveTheme(scheme === 'dark' ? 'light' : 'dark'))}
          >
            <SunMoon aria-hidden className={itemIcon} />
            Toggle theme
          </Command.Item>
          <Command.Item value="use light theme" onSelect={() => run(() => saveTheme('light'))}>
            <Sun aria-hidden className={itemIcon} />
            Use light theme
          </Command.Item>
          <Command.Item value="use dark theme" onSelect={() => run(() => saveTheme('dark'))}>
            <Moon aria-hidden className={itemIcon} />
            Use dark theme
          </Command.Item>
          <Command.Item value="use system theme" onSelect={() => run(() => saveTheme('system'))}>
            <Monitor aria-hidden className={itemIcon} />
            Use the system theme
          </Command.Item>
          <Command.Item value="sign out" keywords={['log out', 'logout']} onSelect={() => run(signOut.run)}>
            <LogOut aria-hidden className={itemIcon} />
            Sign out
          </Command.Item>
        </Command.Group>
      </Command.List>
    </Command.Dialog>
  );
}
