import { noteKinds } from '../utils/kinds';
import { NotesPage } from './notes-page';

export function IdeasPage() {
  return <NotesPage info={noteKinds.idea} />;
}
