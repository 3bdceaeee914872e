package org.hutong.files.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, Long> {

	/** The subjects' live documents in the order they were first uploaded, with their versions. */
	@EntityGraph(attributePaths = "versions")
	List<Document> findBySubjectKindAndSubjectIdInAndDeletedAtIsNullOrderById(String kind, Collection<Long> subjectIds);

	Optional<Document> findByIdAndSubjectKindAndSubjectIdAndDeletedAtIsNull(long id, String kind, long subjectId);
}
