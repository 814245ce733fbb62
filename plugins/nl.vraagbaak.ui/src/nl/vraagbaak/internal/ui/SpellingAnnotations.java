package nl.vraagbaak.internal.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.spelling.SpellingAnnotation;
import org.eclipse.ui.texteditor.spelling.SpellingProblem;

import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.spelling.DraftSpelling;
import nl.vraagbaak.spelling.Misspelling;
import nl.vraagbaak.spelling.SpellChecker;
import nl.vraagbaak.ui.VraagbaakUi;

/**
 * The spelling marks of one draft editor: the platform's spelling annotations (a red wavy line under the word,
 * its message on hover), renewed by the reconciler off the display thread; Ctrl+1 on a marked word offers the
 * corrections, accepting the word in this draft ("% woorden: ...") and adding it to the user's list.
 */
final class SpellingAnnotations {
	private final ISourceViewer viewer;
	private final Consumer<String> wordAdded = this::removeMarksOf;

	private final IPreferenceChangeListener spellingSwitched = event -> {
		if (UiPreferences.SPELLING.equals(event.getKey())) {
			recheck();
		}
	};

	SpellingAnnotations(ISourceViewer viewer) {
		this.viewer = viewer;
		SpellingServices.addWordListener(wordAdded);
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID);
		preferences.addPreferenceChangeListener(spellingSwitched);
		viewer.getTextWidget().addDisposeListener(e -> {
			SpellingServices.removeWordListener(wordAdded);
			preferences.removePreferenceChangeListener(spellingSwitched);
		});
	}

	/** Spelling turned off or on in the preferences: the marks go or come at once, not at the next keystroke. */
	private void recheck() {
		IDocument document = viewer.getDocument();
		if (document == null) {
			return;
		}
		String text = document.get();
		ICoreRunnable recheck = monitor -> check(text, monitor);
		Job.create(Messages.Spelling_recheck, recheck).schedule();
	}

	/**
	 * Marks the unknown words of the draft text, or takes every mark off when spelling is turned off. Off the display
	 * thread: the first check reads the word list.
	 */
	void check(String text, IProgressMonitor monitor) {
		if (!UiPreferences.spelling()) {
			replace(marks(), Map.of(), List.of());
			return;
		}
		try {
			update(text, SpellingServices.checker(CorpusServices.get(monitor)));
		} catch (IndexException | IOException | RuntimeException e) {
			ILog.of(SpellingAnnotations.class).warn("Spelling check failed / spellingcontrole mislukt: " + e.getMessage(), e);
		}
	}

	/** Nothing changes when the marks are the same. */
	private void update(String text, SpellChecker checker) {
		List<Misspelling> found = DraftSpelling.check(text, checker);
		Map<Annotation, Position> wanted = new HashMap<>();
		for (Misspelling m : found) {
			Position position = new Position(m.offset(), m.length());
			wanted.put(new SpellingAnnotation(new Problem(position, m.word(), checker)), position);
		}
		replace(marks(), wanted, found);
	}

	private void removeMarksOf(String word) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model != null) {
			marks().stream().filter(a -> a.getSpellingProblem() instanceof Problem p && p.word.equals(word))
					.forEach(model::removeAnnotation);
		}
	}

	private void replace(List<SpellingAnnotation> old, Map<Annotation, Position> wanted, List<Misspelling> found) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null || same(old, found)) {
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), wanted);
		} else {
			old.forEach(model::removeAnnotation);
			wanted.forEach(model::addAnnotation);
		}
	}

	/** Whether the marks already say this: replacing them anyway makes the wavy lines flicker while one types. */
	private static boolean same(List<SpellingAnnotation> old, List<Misspelling> found) {
		if (old.size() != found.size()) {
			return false;
		}
		List<Misspelling> marked = new ArrayList<>();
		for (SpellingAnnotation a : old) {
			Problem p = (Problem) a.getSpellingProblem();
			marked.add(new Misspelling(p.getOffset(), p.getLength(), p.word));
		}
		marked.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
		return marked.equals(found);
	}

	private List<SpellingAnnotation> marks() {
		IAnnotationModel model = viewer.getAnnotationModel();
		List<SpellingAnnotation> marks = new ArrayList<>();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof SpellingAnnotation mark && mark.getSpellingProblem() instanceof Problem) {
					marks.add(mark);
				}
			}
		}
		return marks;
	}

	/** The corrections of the marked word at an offset (Ctrl+1), best first, then adding it to the list. */
	List<ICompletionProposal> proposalsAt(int offset) {
		for (SpellingAnnotation mark : marks()) {
			Problem p = (Problem) mark.getSpellingProblem();
			// the caret in the word or right after it
			boolean atWord = p.position.includes(offset) || p.position.getOffset() + p.position.getLength() == offset;
			if (!p.position.isDeleted() && atWord) {
				return List.of(p.getProposals());
			}
		}
		return List.of();
	}

	/**
	 * One unknown word. Its position is the one the annotation model keeps up to date as the user types, so a
	 * correction replaces the word where it stands now.
	 */
	private static final class Problem extends SpellingProblem {
		private final Position position;
		private final String word;
		private final SpellChecker checker;

		Problem(Position position, String word, SpellChecker checker) {
			this.position = position;
			this.word = word;
			this.checker = checker;
		}

		@Override
		public int getOffset() {
			return position.getOffset();
		}

		@Override
		public int getLength() {
			return position.getLength();
		}

		@Override
		public String getMessage() {
			return NLS.bind(Messages.Spelling_unknown, word);
		}

		@Override
		public ICompletionProposal[] getProposals() {
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (String suggestion : checker.suggestions(word)) {
				proposals.add(new CompletionProposal(suggestion, position.getOffset(), position.getLength(),
						suggestion.length(), null, NLS.bind(Messages.Spelling_replace, suggestion), null, null));
			}
			proposals.add(new AcceptInDraftProposal(word));
			proposals.add(new AddWordProposal(word));
			return proposals.toArray(ICompletionProposal[]::new);
		}
	}

	/**
	 * Accepts the word in this draft only ("% woorden: ..." in the draft, which travels with it to a colleague): a
	 * name or term of this subject that does not belong in the user's list.
	 */
	private record AcceptInDraftProposal(String word) implements PlainProposal {
		@Override
		public void apply(IDocument document) {
			DraftDocuments.editOrExplain(document, draft -> draft.acceptingWord(word));
		}

		@Override
		public String getDisplayString() {
			return NLS.bind(Messages.Spelling_acceptInDraft, word);
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}
	}

	/** Adds the word to the user's list; every open draft takes its marks off. */
	private record AddWordProposal(String word) implements PlainProposal {
		@Override
		public void apply(IDocument document) {
			try {
				SpellingServices.add(word);
			} catch (IOException | IllegalArgumentException e) {
				MessageDialog.openError(Display.getCurrent().getActiveShell(), Messages.Spelling_learnFailedTitle,
						NLS.bind(Messages.Spelling_learnFailed, word, e.getMessage()));
			}
		}

		@Override
		public String getDisplayString() {
			return NLS.bind(Messages.Spelling_learn, word);
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}
	}
}
