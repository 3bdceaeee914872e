package org.hutong.sales.contract;

import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract as its 附件 see it: whether the user may open it (then they read and download its
 * files) or work it (then they upload, in any status — the signed scan comes after signing), and
 * whether it is still a draft (only then may a document go again). Not found for anyone who may not
 * see it, so ids reveal nothing.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@PreAuthorize(ContractPermissions.MAY_READ)
public class ContractFolders {

	private final ContractRepository contracts;

	private final ContractAccess access;

	ContractFolders(ContractRepository contracts, ContractAccess access) {
		this.contracts = contracts;
		this.access = access;
	}

	/**
	 * The contract's folder.
	 *
	 * @param mayWrite whether the user may upload to it
	 */
	public record Folder(long contractId, ContractStatus status, boolean mayWrite) {

		/** Whether documents may still be deleted: before the contract goes for approval. */
		public boolean draft() {
			return status == ContractStatus.DRAFT;
		}
	}

	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public Folder readable(SignedInUser user, long id) {
		Contract contract = access.readable(user, id);
		return new Folder(contract.getId(), contract.getStatus(), user.can(ContractPermissions.WRITE));
	}

	/**
	 * The contract the user may work, locked until the caller's transaction ends: uploads number their
	 * versions one after the other, and a document is not deleted while the contract is submitted.
	 */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public Folder locked(SignedInUser user, long id) {
		// locked before anything else reads it: a copy read earlier in this transaction would be stale once the lock is ours
		Contract contract = contracts.lockById(id).filter(c -> access.mayRead(user, c)).orElseThrow(RecordNotFound::new);
		if (!user.can(ContractPermissions.WRITE)) {
			throw new AccessDeniedException("contract is read-only for this user");
		}
		return new Folder(contract.getId(), contract.getStatus(), true);
	}
}
