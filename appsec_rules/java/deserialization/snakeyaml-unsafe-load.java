package com.example.config;

import java.io.InputStream;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class PipelineConfigLoader {

    private final Yaml yaml = new Yaml();
    private final Yaml safeYaml = new Yaml(new SafeConstructor(new LoaderOptions()));

    public Object load(String document) {
        // ruleid: java.deserialization.yaml.snakeyaml-unsafe-load
        return yaml.load(document);
    }

    public Map<String, Object> loadStream(InputStream in) {
        Yaml parser = new Yaml();
        // ruleid: java.deserialization.yaml.snakeyaml-unsafe-load
        Map<String, Object> config = parser.load(in);
        return config;
    }

    public Pipeline loadTyped(String document) {
        // ruleid: java.deserialization.yaml.snakeyaml-unsafe-load
        return new Yaml(new Constructor(Pipeline.class, new LoaderOptions())).loadAs(document, Pipeline.class);
    }

    public Object loadSafe(String document) {
        // ok: java.deserialization.yaml.snakeyaml-unsafe-load
        return safeYaml.load(document);
    }

    public Iterable<Object> loadAllSafe(InputStream in) {
        Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
        // ok: java.deserialization.yaml.snakeyaml-unsafe-load
        return parser.loadAll(in);
    }

    public String dump(Pipeline pipeline) {
        // ok: java.deserialization.yaml.snakeyaml-unsafe-load
        return yaml.dump(pipeline);
    }

    public static class Pipeline {
        public String name;
    }
}
