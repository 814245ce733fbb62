package nl.vraagbaak.internal.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.DraftProblem;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.docx.DraftExporter;
import nl.vraagbaak.docx.ExportOptions;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.spelling.DraftSpelling;
import nl.vraagbaak.spelling.SpellChecker;

/**
 * Export of a draft to Word from the workbench (the editor's command and File > Export): a draft with errors is not
 * exported, a draft with questions still marked as already asked, or with words the spelling check does not know,
 * asks first.
 */
final class DraftExport {
	/** How many unknown words the question before the export names. */
	private static final int WORDS_NAMED = 5;

	private DraftExport() {
	}

	/** Exports the draft text of {@code draft}; returns whether a .docx was written (errors are shown to the user). */
	static boolean export(Shell shell, IFile draft, String text, ExportOptions options, Path target) {
		ParsedDraft parsed = DraftFormat.parse(text);
		if (parsed.hasErrors()) {
			DraftProblem first = parsed.firstError().orElseThrow();
			MessageDialog.openError(shell, Messages.Export_title,
					NLS.bind(Messages.Export_errors, first.line(), first.message(Locale.getDefault())));
			return false;
		}
		try {
			List<String> flagged = flaggedQuestions(draft);
			if (!flagged.isEmpty() && !MessageDialog.openQuestion(shell, Messages.Export_title,
					MessageFormat.format(Messages.Export_flagged, flagged.size(), enumeration(flagged)))) {
				return false;
			}
			List<String> unknown = unknownWords(text);
			if (unknown == null || (!unknown.isEmpty() && !MessageDialog.openQuestion(shell, Messages.Export_title,
					MessageFormat.format(Messages.Export_unknownWords, unknown.size(),
							String.join(", ", unknown.subList(0, Math.min(unknown.size(), WORDS_NAMED))))))) {
				return false;
			}
			DraftExporter.export(parsed.draft(), options, target);
			// a .docx written into a dossier shows up in the Dossiers view
			for (IFile written : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri())) {
				written.refreshLocal(IResource.DEPTH_ZERO, null);
			}
			return true;
		} catch (IOException | CoreException e) {
			MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_failed, e.getMessage()));
			return false;
		}
	}

	/** The numbers of the questions marked as already asked, in order, each once. */
	private static List<String> flaggedQuestions(IFile draft) throws CoreException {
		return Arrays.stream(draft.findMarkers(DraftReconcilingStrategy.MARKER, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(DraftReconcilingStrategy.QUESTION, 0)).filter(n -> n > 0).distinct().sorted()
				.map(String::valueOf).toList();
	}

	/** "1, 3 en 5" (in English "1, 3 and 5"); "1" alone. */
	private static String enumeration(List<String> items) {
		String last = items.get(items.size() - 1);
		return items.size() == 1 ? last : String.join(", ", items.subList(0, items.size() - 1)) + Messages.Export_and + last;
	}

	/**
	 * The words of the draft the spelling check does not know, each once, in order; empty when spelling is turned off
	 * or cannot be checked (logged); null when the user cancelled the check. The first check reads the word list
	 * (about a second): with a busy cursor, cancellable.
	 */
	private static List<String> unknownWords(String text) {
		if (!UiPreferences.spelling()) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				try {
					SpellChecker checker = SpellingServices.checker(CorpusServices.get(monitor));
					words.addAll(DraftSpelling.unknownWords(text, checker));
				} catch (IndexException | IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(DraftExport.class).warn("Spelling not checked before the export / spelling niet gecontroleerd: "
					+ e.getCause().getMessage(), e.getCause());
			return List.of();
		} catch (InterruptedException e) {
			return null;
		}
		return List.copyOf(words);
	}

	/** Where a draft is exported by default: beside it, as a .docx of the same name. */
	static Path besideDraft(IFile draft) {
		return Path.of(draft.getLocation().toOSString().replaceAll("\\.kv$", "") + ".docx");
	}
}
