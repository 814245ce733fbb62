package nl.vraagbaak.core;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text said in the user's language: a key of the message files in a package ({@code messages.properties} in
 * English, {@code messages_nl.properties} in Dutch) and its arguments, which may be texts of their own. The command
 * line says it in English, the workbench in the language it runs in. The headless bundles cannot know that language,
 * so they hand this on instead of a string.
 *
 * @param owner a class in the message files' package, whose bundle holds them
 * @param args  Strings, numbers (written without a thousands separator) or LocalizedTexts
 */
public record LocalizedText(Class<?> owner, String key, List<Object> args) {
	/** Without it a lookup for English would fall back to the machine's locale, Dutch here, before the base file. */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	public LocalizedText {
		args = List.copyOf(args);
	}

	public static LocalizedText of(Class<?> owner, String key, Object... args) {
		return new LocalizedText(owner, key, Arrays.stream(args).map(a -> a == null ? "" : a).toList());
	}

	/** The text in English. */
	public String text() {
		return in(Locale.ENGLISH);
	}

	/** The text in the locale's language: Dutch for Dutch, English for any other. */
	public String in(Locale locale) {
		ResourceBundle messages = ResourceBundle.getBundle(owner.getPackageName() + ".messages", locale,
				owner.getClassLoader(), NO_FALLBACK);
		Object[] said = args.stream().map(a -> a instanceof LocalizedText t ? t.in(locale) : String.valueOf(a)).toArray();
		return new MessageFormat(messages.getString(key), locale).format(said);
	}

	@Override
	public String toString() {
		return text();
	}
}
