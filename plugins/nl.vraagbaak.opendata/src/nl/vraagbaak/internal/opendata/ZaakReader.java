package nl.vraagbaak.internal.opendata;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a document's expanded {@code Zaak} says of it: the case number and the members who asked. A written-question
 * document belongs to one case; when the open data gives more, the first case of Soort "Schriftelijke vragen" counts.
 */
record ZaakReader(JsonNode zaak) {

	/** The case among a document's expanded cases (an object or a list of them), or none. */
	static ZaakReader of(JsonNode zaken) {
		return new ZaakReader(pick(zaken));
	}

	private static JsonNode pick(JsonNode zaken) {
		JsonNode first = null;
		for (JsonNode zaak : zaken.isArray() ? zaken : List.of(zaken)) {
			if (!zaak.isObject() || zaak.path("Verwijderd").asBoolean(false)) {
				continue;
			}
			if ("Schriftelijke vragen".equalsIgnoreCase(zaak.path("Soort").asText())) {
				return zaak;
			}
			first = first == null ? zaak : first;
		}
		return first;
	}

	String number() {
		return zaak == null ? null : nonBlank(zaak.path("Nummer").asText(null));
	}

	/** Whether the case is closed (Afgedaan): written questions that were answered. */
	boolean closed() {
		return zaak != null && zaak.path("Afgedaan").asBoolean(false);
	}

	/** "Kathmann (GroenLinks-PvdA)": the Indiener first, then the Medeindieners, in the order served. */
	List<String> askers() {
		List<String> askers = new ArrayList<>();
		for (String relation : List.of("Indiener", "Medeindiener")) {
			for (JsonNode actor : actors()) {
				if (relation.equalsIgnoreCase(actor.path("Relatie").asText())) {
					String name = nonBlank(actor.path("ActorNaam").asText(null));
					String party = nonBlank(actor.path("ActorFractie").asText(null));
					party = party != null ? party : nonBlank(actor.path("ActorAfkorting").asText(null));
					if (name != null) {
						askers.add(party == null ? name : name + " (" + party + ")");
					}
				}
			}
		}
		return askers;
	}

	/** The Functie of the actor the questions were put to ("minister van Financiën"), or null. */
	String addressee() {
		for (JsonNode actor : actors()) {
			if ("Gericht aan".equalsIgnoreCase(actor.path("Relatie").asText())) {
				return nonBlank(actor.path("Functie").asText(null));
			}
		}
		return null;
	}

	private List<JsonNode> actors() {
		List<JsonNode> actors = new ArrayList<>();
		if (zaak != null) {
			zaak.path("ZaakActor").forEach(actor -> {
				if (actor.isObject() && !actor.path("Verwijderd").asBoolean(false)) {
					actors.add(actor);
				}
			});
		}
		return actors;
	}

	static String nonBlank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
