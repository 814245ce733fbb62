package nl.vraagbaak.internal.ui;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * A proposal that is a line of text in the list (Ctrl+1, Ctrl+Space): no icon, no context information, and the
 * caret left where applying it puts it.
 */
interface PlainProposal extends ICompletionProposal {
	@Override
	default Point getSelection(IDocument document) {
		return null;
	}

	@Override
	default Image getImage() {
		return null;
	}

	@Override
	default IContextInformation getContextInformation() {
		return null;
	}
}
