package nl.vraagbaak.internal.opendata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entity of the open data's {@code Document} set, with what its {@code Zaak} and actors say of it: the fields
 * Vraagbaak uses, under the names the open data gives them (domain.md).
 *
 * @param id             Id, the entity's key
 * @param kind           Soort ("Antwoord schriftelijke vragen"); null for a deleted entity that no longer says
 * @param documentNumber DocumentNummer ("2024D35954"), or null
 * @param subject        Onderwerp, or else Titel, or null
 * @param date           Datum, the document's date, or null
 * @param sessionYear    Vergaderjaar ("2024-2025"), or null
 * @param supplement     Aanhangselnummer ("242501244": session 2024/25, number 1244), or null
 * @param contentType    ContentType of the file at {@code Document(<id>)/resource}, or null
 * @param contentLength  ContentLength in bytes, or -1 when not given
 * @param changedOn      GewijzigdOp, when the entity last changed: the order and the resume point of a sync
 * @param deleted        Verwijderd
 * @param caseNumber     Nummer of its Zaak ("2024Z11859"), or null
 * @param caseClosed     Afgedaan of its Zaak: for written questions, they were answered
 * @param askers         the Zaak's Indiener and Medeindiener, "Name (Fractie)", in that order
 * @param signatory      the Functie of the document's first signatory ("minister van Justitie en Veiligheid"), or
 *                       else the Zaak's addressee, or null
 */
public record DocumentRecord(String id, String kind, String documentNumber, String subject, LocalDate date,
		String sessionYear, String supplement, String contentType, long contentLength, OffsetDateTime changedOn,
		boolean deleted, String caseNumber, boolean caseClosed, List<String> askers, String signatory) {

	public DocumentRecord {
		askers = List.copyOf(askers);
	}

	/** How messages name it: its document number, else its id. */
	public String label() {
		return documentNumber != null ? documentNumber : id;
	}
}
