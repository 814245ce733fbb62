package nl.vraagbaak.internal.ui;

import org.eclipse.core.runtime.Platform;

import nl.vraagbaak.core.DocumentKind;

/** A document kind as the workbench's language names it ("antwoorden op schriftelijke vragen"), never its code. */
public final class KindLabels {
	private KindLabels() {
	}

	public static String of(DocumentKind kind) {
		return kind.label(Platform.getNL() != null && Platform.getNL().startsWith("en") ? "en" : "nl");
	}

	/** The label of a kind given by its code, as reports carry it ("WRITTEN_ANSWERS"); the code itself when unknown. */
	public static String of(String kindName) {
		DocumentKind kind = DocumentKind.parse(kindName);
		return kind == null ? kindName : of(kind);
	}
}
