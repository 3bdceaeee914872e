package org.hutong.approvals.form;

/** Whether an id names a person or a department of the current enterprise, or a record the user may link. */
interface Directory {

	boolean isPerson(long id);

	boolean isDepartment(long id);

	boolean isLinkable(String kind, long id);

	/** Accepts every id: for reading stored values that were checked when they were saved. */
	Directory TRUSTING = new Directory() {

		@Override
		public boolean isPerson(long id) {
			return true;
		}

		@Override
		public boolean isDepartment(long id) {
			return true;
		}

		@Override
		public boolean isLinkable(String kind, long id) {
			return true;
		}
	};
}
