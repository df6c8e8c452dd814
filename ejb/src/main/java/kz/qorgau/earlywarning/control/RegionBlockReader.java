package kz.qorgau.earlywarning.control;

import java.io.Serializable;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import javax.sql.DataSource;

/**
 * Cuts a region's active students into blocks of consecutive ids and hands out this partition's share of them,
 * every n-th block. The checkpoint is the index of the next block, so a restart skips the blocks already written.
 */
@Named
@Dependent
public class RegionBlockReader extends AbstractItemReader {

    /** The ids of one block of students. */
    public record Block(List<Long> studentIds) {
    }

    @Inject
    @BatchProperty
    String regionId;

    @Inject
    @BatchProperty
    String blockSize;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource database;

    private final List<Block> blocks = new ArrayList<>();
    private int next;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        int size = Integer.parseInt(blockSize);
        int mine = Integer.parseInt(partition);
        int of = Integer.parseInt(partitions);
        // Jakarta Batch opens the reader again from the checkpoint when it retries a chunk.
        blocks.clear();
        List<Long> ids;
        try (Connection connection = database.getConnection()) {
            ids = RegionSignals.studentIds(connection, Long.parseLong(regionId));
        }
        for (int from = size * mine; from < ids.size(); from += size * of) {
            blocks.add(new Block(List.copyOf(ids.subList(from, Math.min(from + size, ids.size())))));
        }
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < blocks.size() ? blocks.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
