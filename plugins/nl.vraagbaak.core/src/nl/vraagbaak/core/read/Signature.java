package nl.vraagbaak.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The closing of a letter ("De minister van Justitie en Veiligheid," and the signer's name): provenance, not text. */
record Signature(List<String> body, String minister) {
	private static final Pattern CLOSING = Pattern.compile("^\\s*(?:De|Het)\\s+((?:[Mm]inister|[Ss]taatssecretaris)[^,]*),\\s*$");

	static Signature strip(List<String> lines) {
		for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 60); i--) {
			Matcher m = CLOSING.matcher(lines.get(i));
			if (m.matches()) {
				String signer = nextNonBlank(lines, i + 1);
				String minister = m.group(1).substring(0, 1).toLowerCase() + m.group(1).substring(1);
				List<String> rest = lines.subList(i + 1, lines.size()).stream()
						.filter(l -> !l.trim().equals(signer)).toList();
				List<String> body = new ArrayList<>(lines.subList(0, i));
				body.addAll(rest); // footnotes may follow the signature
				return new Signature(body, signer == null ? minister : minister + " (" + signer + ")");
			}
		}
		return new Signature(lines, null);
	}

	private static String nextNonBlank(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!Texts.isBlank(lines.get(i))) {
				return lines.get(i).trim();
			}
		}
		return null;
	}
}
