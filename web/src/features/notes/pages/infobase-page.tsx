import { NotesSearch } from '../components/notes-search';
import { noteKinds } from '../utils/kinds';
import { NotesPage } from './notes-page';

/** The infobase, with the search across all notes above it. */
export function InfobasePage() {
  return (
    <NotesPage info={noteKinds.infobase}>
      <NotesSearch />
    </NotesPage>
  );
}
