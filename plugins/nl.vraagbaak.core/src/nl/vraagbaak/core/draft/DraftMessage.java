package nl.vraagbaak.core.draft;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What is wrong in a draft, said in the user's language: a key of {@code messages.properties} (English) and
 * {@code messages_nl.properties} (Dutch) beside this class, and its arguments. The command line says it in English,
 * the workbench in the language it runs in.
 */
public record DraftMessage(String key, List<String> args) {
	private static final String BUNDLE = "nl.vraagbaak.core.draft.messages";
	/** Without it a lookup for English would fall back to the machine's locale, Dutch here, before the base file. */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	public DraftMessage {
		args = List.copyOf(args);
	}

	static DraftMessage of(String key, Object... args) {
		return new DraftMessage(key, Arrays.stream(args).map(String::valueOf).toList());
	}

	/** The message in English. */
	public String text() {
		return in(Locale.ENGLISH);
	}

	/** The message in the locale's language: Dutch for Dutch, English for any other. */
	public String in(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, DraftMessage.class.getClassLoader(), NO_FALLBACK);
		return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
	}
}
