package nl.vraagbaak.internal.opendata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The addresses a sync asks the OData service for: the documents of the kinds that hold the government's answers
 * and the questions still waiting for them, changed since a moment, oldest change first (so a sync can resume after the last one it took in), with their case
 * and actors; and a document's file.
 */
public final class DocumentQuery {
	/** Document.Soort of written questions as handed in, before they are answered. */
	public static final String QUESTIONS = "Schriftelijke vragen";
	/**
	 * Document.Soort values whose files Vraagbaak reads (domain.md): the answers, and the questions not yet answered
	 * (a question another member asked last week is already asked).
	 */
	public static final List<String> KINDS = List.of("Antwoord schriftelijke vragen",
			"Antwoord schriftelijke vragen (nader)", "Lijst van vragen en antwoorden",
			"Verslag houdende een lijst van vragen en antwoorden", QUESTIONS);

	private final String base;

	/** @param base the service root, "https://.../OData/v4/2.0/" (a missing final slash is added) */
	public DocumentQuery(String base) {
		this.base = base.endsWith("/") ? base : base + "/";
	}

	/** The first page of documents changed at or after {@code since}. */
	public URI documentsChangedSince(OffsetDateTime since) {
		String kinds = KINDS.stream().map(k -> "Soort eq '" + k.replace("'", "''") + "'")
				.collect(Collectors.joining(" or ", "(", ")"));
		String moment = since.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		return URI.create(base + "Document?$filter=" + encode(kinds + " and GewijzigdOp ge " + moment)
				+ "&$expand=" + encode("Zaak($expand=ZaakActor),DocumentActor") + "&$orderby=GewijzigdOp&$count=true");
	}

	/** The address of a document's file. */
	public URI resource(String id) {
		return URI.create(base + "Document(" + encode(id) + ")/resource");
	}

	/** A next-page link as the service wrote it, resolved against the root when it is relative. */
	public URI next(String link) {
		return URI.create(base).resolve(link);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
