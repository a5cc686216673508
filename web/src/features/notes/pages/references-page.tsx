import { noteKinds } from '../utils/kinds';
import { NotesPage } from './notes-page';

export function ReferencesPage() {
  return <NotesPage info={noteKinds.reference} />;
}
