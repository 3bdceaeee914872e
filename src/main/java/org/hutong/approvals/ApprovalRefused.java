package org.hutong.approvals;

/**
 * An action the engine refuses for a reason the user can act on (someone else decided first, a
 * comment is required, 催办 too soon …): the key of the message a page or problem+json shows.
 */
public interface ApprovalRefused {

	String messageCode();
}
