package org.corpusdesk.export.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.corpusdesk.export.DataFiles;
import org.corpusdesk.export.DatasetArticle;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.export.DatasetSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The JSONL content as Parquet, one file per split, spans and relations as lists of structs (standard three-level
 * LIST encoding), Snappy-compressed. Written with parquet-java through parquet-floor, which stands in for the
 * few Hadoop classes parquet-java still loads, so no Hadoop jar is needed (docs/dataset-format.md).
 */
@Component
@Order(6)
public class ParquetFormat implements DatasetFormat {

    /** Small row groups keep the writer's buffer well inside a 256 MB heap. */
    static final int ROW_GROUP_BYTES = 16 << 20;

    static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message article {
              required int64 id;
              required binary text (STRING);
              optional binary title (STRING);
              optional binary outlet (STRING);
              optional binary author (STRING);
              optional binary url (STRING);
              optional binary published_on (STRING);
              optional binary published_precision (STRING);
              optional binary language (STRING);
              optional binary dateline (STRING);
              optional binary credit_line (STRING);
              required group flags (LIST) { repeated group list { required binary element (STRING); } }
              required binary status (STRING);
              required int64 story_cluster;
              optional int64 duplicate_of;
              required binary content_hash (STRING);
              optional binary split (STRING);
              required group spans (LIST) {
                repeated group list {
                  required group element {
                    required int64 id;
                    required int32 start;
                    required int32 end;
                    required binary label (STRING);
                    required binary kind (STRING);
                    required binary text (STRING);
                    optional binary annotator (STRING);
                    optional binary claim_type (STRING);
                    optional double figure;
                    optional binary figure_unit (STRING);
                    optional binary figure_qualifier (STRING);
                    optional binary verdict (STRING);
                    optional binary note (STRING);
                    optional int64 source_id;
                    optional int64 claim_id;
                  }
                }
              }
              required group relations (LIST) {
                repeated group list {
                  required group element {
                    required int64 claim;
                    optional int64 source;
                    optional int64 cue;
                  }
                }
              }
            }""");

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public String description() {
        return "the jsonl content as Parquet (spans and relations as lists of structs), one file per split";
    }

    @Override
    public String howToLoad() {
        return """
                import pandas as pd
                df = pd.read_parquet("EXPORT_DIR/train.parquet")          # pyarrow
                # duckdb: SELECT * FROM 'EXPORT_DIR/*.parquet'; datasets: load_dataset("parquet", data_dir="EXPORT_DIR")""";
    }

    @Override
    public void write(DatasetSource data, DataFiles files) throws IOException {
        Map<String, ParquetWriter<DatasetArticle>> writers = new HashMap<>();
        Map<String, DataFiles.DataFile> outputs = new HashMap<>();
        for (String split : data.fileSplits()) {
            DataFiles.DataFile file = files.create(split + ".parquet");
            outputs.put(split, file);
            writers.put(split, new Builder(new StreamOutputFile(file.stream()))
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withRowGroupSize((long) ROW_GROUP_BYTES)
                    .withPageSize(1 << 20)
                    .build());
        }
        data.articles(a -> {
            String split = DatasetSource.fileSplit(a);
            writers.get(split).write(a);
            outputs.get(split).row();
        });
        for (String split : data.fileSplits()) {
            writers.get(split).close();
            outputs.get(split).close();
        }
    }

    private static final class Builder extends ParquetWriter.Builder<DatasetArticle, Builder> {
        Builder(OutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<DatasetArticle> getWriteSupport(Configuration conf) {
            return new ArticleWriteSupport();
        }
    }

    private static final class ArticleWriteSupport extends WriteSupport<DatasetArticle> {
        private RecordConsumer out;

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(DatasetArticle a) {
            new ParquetRecord(out).article(a);
        }
    }

    /** Parquet's output over a data file's stream, which hashes and counts the bytes. */
    private static final class StreamOutputFile implements OutputFile {
        private final OutputStream stream;

        StreamOutputFile(OutputStream stream) {
            this.stream = stream;
        }

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                private long position;

                @Override
                public long getPos() {
                    return position;
                }

                @Override
                public void write(int b) throws IOException {
                    stream.write(b);
                    position++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    stream.write(b, off, len);
                    position += len;
                }

                @Override
                public void flush() throws IOException {
                    stream.flush();
                }

                @Override
                public void close() {
                    // the data file closes the stream, after the writer has finished
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }
}
