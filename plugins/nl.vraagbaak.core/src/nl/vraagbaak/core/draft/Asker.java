package nl.vraagbaak.core.draft;

/** A member who asks the questions, with the party as written ("Kathmann", "GroenLinks-PvdA"). */
public record Asker(String name, String party) {
	@Override
	public String toString() {
		return party == null || party.isBlank() ? name : name + " (" + party + ")";
	}
}
