package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.internal.ui.DossierTreeContent;

/** The Dossiers view's content before the first dossier: a line saying how to make one, not an empty view. */
class DossierTreeContentTest {

	@Test
	void aWorkspaceWithoutDossiersShowsHowToMakeOne() {
		IWorkspaceRoot empty = (IWorkspaceRoot) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { IWorkspaceRoot.class }, (proxy, method, args) -> {
					if (method.getName().equals("getProjects")) {
						return new IProject[0];
					}
					throw new UnsupportedOperationException(method.getName());
				});
		DossierTreeContent content = new DossierTreeContent();
		Object[] elements = content.getElements(empty);
		assertArrayEquals(new Object[] { "Nog geen dossiers: maak een vragenset met Bestand > Nieuw > Vragenset (Ctrl+N)." },
				elements);
		assertNull(content.getImage(elements[0]));
	}
}
