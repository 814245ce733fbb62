package nl.vraagbaak.internal.opendata;

import java.util.Locale;
import java.util.Map;

/** The file name extension of a document's file, from the ContentType the open data gives for it. */
public final class ResourceFiles {
	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", ".pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "text/plain", ".txt",
			"text/html", ".html");

	private ResourceFiles() {
	}

	/**
	 * ".pdf", ".docx", ...; none for a type not listed, whose file the readers still recognise by its content when
	 * they can (or refuse, naming it).
	 */
	public static String extension(DocumentRecord record) {
		if (record.contentType() == null) {
			return "";
		}
		String type = record.contentType().toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
		return EXTENSIONS.getOrDefault(type, "");
	}
}
