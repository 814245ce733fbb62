package nl.vraagbaak.internal.opendata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.vraagbaak.opendata.OpenDataException;

/**
 * One page of an OData answer, {@code {"value": [...], "@odata.nextLink": ..., "@odata.count": ...}}, read into
 * {@link DocumentRecord}s. Fields Vraagbaak does not use are ignored (the data model grows); a field it needs with a
 * value of the wrong form is refused, naming the page, the entity and the field.
 *
 * @param records  the entities in the order served
 * @param nextLink the address of the next page, or null on the last
 * @param count    the number of entities over all pages when the server counted them, else -1
 */
public record DocumentPage(List<DocumentRecord> records, String nextLink, long count) {
	private static final ObjectMapper JSON = new ObjectMapper();

	public DocumentPage {
		records = List.copyOf(records);
	}

	/**
	 * Reads a page.
	 *
	 * @param where the address the page came from, for messages
	 * @throws OpenDataException naming {@code where} and the field when the page is no OData answer or a field has a
	 *                           value of the wrong form
	 */
	public static DocumentPage parse(String json, String where) throws OpenDataException {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		} catch (JsonProcessingException e) {
			throw new OpenDataException(where + ": not JSON / geen JSON: " + e.getOriginalMessage(), e);
		}
		if (root == null || !root.path("value").isArray()) {
			throw new OpenDataException(where + ": no \"value\" list: not an OData answer / geen OData-antwoord", null);
		}
		List<DocumentRecord> records = new ArrayList<>();
		JsonNode values = root.get("value");
		for (int i = 0; i < values.size(); i++) {
			records.add(new EntityReader(values.get(i), where + ": value[" + i + "]").document());
		}
		JsonNode next = root.get("@odata.nextLink");
		JsonNode count = root.get("@odata.count");
		return new DocumentPage(records, next != null && next.isTextual() ? next.asText() : null,
				count != null && count.canConvertToLong() ? count.asLong() : -1);
	}

	/** Reads the fields of one entity, naming the entity and field when one is not of the form it should be. */
	private record EntityReader(JsonNode entity, String where) {

		DocumentRecord document() throws OpenDataException {
			if (!entity.isObject()) {
				throw new OpenDataException(where + ": not an object / geen object", null);
			}
			String id = text("Id");
			if (id == null) {
				throw new OpenDataException(where + ".Id: missing / ontbreekt", null);
			}
			OffsetDateTime changedOn = dateTime("GewijzigdOp");
			if (changedOn == null) {
				throw new OpenDataException(where + ".GewijzigdOp: missing / ontbreekt", null);
			}
			ZaakReader zaak = ZaakReader.of(entity.path("Zaak"));
			String subject = text("Onderwerp") != null ? text("Onderwerp") : text("Titel");
			JsonNode length = entity.get("ContentLength");
			return new DocumentRecord(id, text("Soort"), text("DocumentNummer"), subject, date("Datum"),
					text("Vergaderjaar"), text("Aanhangselnummer"), text("ContentType"),
					length != null && length.canConvertToLong() ? length.asLong() : -1, changedOn,
					entity.path("Verwijderd").asBoolean(false), zaak.number(), zaak.closed(), zaak.askers(),
					firstSignatory() != null ? firstSignatory() : zaak.addressee());
		}

		private String firstSignatory() {
			for (JsonNode actor : entity.path("DocumentActor")) {
				if (!actor.path("Verwijderd").asBoolean(false)
						&& "Eerste ondertekenaar".equalsIgnoreCase(actor.path("Relatie").asText())) {
					return ZaakReader.nonBlank(actor.path("Functie").asText(null));
				}
			}
			return null;
		}

		private String text(String field) throws OpenDataException {
			JsonNode node = entity.get(field);
			if (node == null || node.isNull()) {
				return null;
			}
			if (!node.isValueNode() || node.isBoolean()) {
				throw new OpenDataException(where + "." + field + ": not text / geen tekst: " + node, null);
			}
			return ZaakReader.nonBlank(node.asText());
		}

		private OffsetDateTime dateTime(String field) throws OpenDataException {
			String value = text(field);
			try {
				return value == null ? null : OffsetDateTime.parse(value);
			} catch (DateTimeParseException e) {
				throw new OpenDataException(where + "." + field + ": \"" + value
						+ "\" is no date and time / geen datum en tijd", e);
			}
		}

		/** A date as the open data writes it ("2024-07-25T00:00:00+02:00"), or a plain date. */
		private LocalDate date(String field) throws OpenDataException {
			String value = text(field);
			if (value == null) {
				return null;
			}
			try {
				return value.length() == 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
			} catch (DateTimeParseException e) {
				throw new OpenDataException(where + "." + field + ": \"" + value + "\" is no date / geen datum", e);
			}
		}
	}
}
