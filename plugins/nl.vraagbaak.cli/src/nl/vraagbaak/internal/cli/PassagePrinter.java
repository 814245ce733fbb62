package nl.vraagbaak.internal.cli;

import java.io.PrintStream;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.CrossReference;
import nl.vraagbaak.core.Footnote;
import nl.vraagbaak.core.Passage;

/** The plain-text form of one passage for {@code show}. */
final class PassagePrinter {
	private PassagePrinter() {
	}

	static void print(PrintStream out, ShowCommand.Shown shown) {
		Passage p = shown.passage();
		out.println(shown.title());
		out.println("source:   " + shown.source() + " #" + p.number() + " (" + KindNames.of(shown.kind()) + ")");
		printIf(out, "date:     ", shown.date());
		printIf(out, "citation: ", shown.citation());
		printIf(out, "document: ", shown.documentNumber());
		printIf(out, "minister: ", shown.minister());
		printIf(out, "corrected by hand / gecorrigeerd: ", String.join(", ", shown.corrected()));
		out.println();
		if (p.hasQuestion()) {
			out.println("Vraag " + p.number());
			out.println(p.question());
			out.println();
			out.println("Antwoord");
		} else if (p.heading() != null) {
			out.println(p.heading());
		}
		out.println(p.hasQuestion() ? UnansweredText.or(p.answer()) : p.answer());
		if (!p.footnotes().isEmpty()) {
			out.println();
			out.println("Voetnoten / footnotes:");
			for (Footnote f : p.footnotes()) {
				out.println("  " + f.label() + "  " + f.text());
			}
		}
		if (!p.citations().isEmpty()) {
			out.println();
			out.println("Citaten / citations:");
			p.citations().stream().map(Citation::format).distinct().forEach(c -> out.println("  " + c));
		}
		if (!p.crossReferences().isEmpty()) {
			out.println();
			out.println("Verwijzingen / cross references:");
			for (CrossReference r : p.crossReferences()) {
				out.println("  \"" + r.text() + "\" -> " + (r.target() == null ? "(not in the corpus)" : r.target()));
			}
		}
	}

	private static void printIf(PrintStream out, String label, String value) {
		if (value != null && !value.isBlank()) {
			out.println(label + value);
		}
	}
}
